import type { Translation } from '../vi';

/** English: beds. */
export const beds: Pick<Translation, 'beds'> = {
  beds: {
    title: 'Beds',
    readOnly: 'You are viewing the bed board; only an administrator can add areas and rooms.',
    empty: 'No areas yet. Add an area first, then rooms and beds inside it.',
    emptyReadOnly: 'No areas yet. Ask an administrator to add areas, rooms and beds.',
    areaCounts: '{{occupied}} occupied · {{free}} free · {{beds}} beds · working capacity {{working}} / design {{design}}',
    roomCapacity: 'Working capacity {{working}} / design {{design}} · {{beds}} beds',
    noRooms: 'This area has no rooms yet.',
    free: 'Free',
    outOfService: 'Out of service',
    occupiedBy: 'Bed {{bed}}: {{name}}',
    freeBed: 'Bed {{bed}}: free',
    addArea: 'Add area',
    addRoom: 'Add room',
    areaForm: {
      title: 'Add an area',
      code: 'Area code',
      codePlaceholder: 'A',
      name: 'Area name',
      namePlaceholder: 'Compulsory area, men',
      purpose: 'Purpose',
      sex: 'For',
      submit: 'Add area',
      done: '{{name}} added (code {{code}}).',
    },
    roomForm: {
      title: 'Add a room to area {{area}}',
      code: 'Room code',
      codePlaceholder: 'P01',
      name: 'Room name',
      namePlaceholder: 'Room 1',
      designCapacity: 'Design capacity',
      workingCapacity: 'Working capacity',
      bedCount: 'Number of beds',
      submit: 'Add room',
      done: '{{name}} added with {{count}} beds.',
    },
  },
};
