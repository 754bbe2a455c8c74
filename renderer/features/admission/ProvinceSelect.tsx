import { isOptionsGroup, Select, type ComboboxItem, type OptionsFilter, type SelectProps } from '@mantine/core';
import { foldForSearch } from '../../../shared/domain/names';
import { provinces } from '../../data/provinces';

const data = provinces.map((p) => ({ value: p, label: p }));

/** Typing "ha noi" or "thanh hoa" finds the province: officers often type without accents. */
const accentFree: OptionsFilter = ({ options, search }) => {
  const wanted = foldForSearch(search);
  return options.filter((o): o is ComboboxItem => !isOptionsGroup(o) && foldForSearch(o.label).includes(wanted));
};

export function ProvinceSelect(props: Omit<SelectProps, 'data' | 'filter' | 'searchable'>) {
  return <Select data={data} filter={accentFree} searchable limit={34} {...props} />;
}
