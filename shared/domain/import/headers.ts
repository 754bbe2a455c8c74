/** Finding a sheet's header and proposing which field each column fills (issue 10). */
export { fieldSynonyms } from './field-synonyms';
export { detectHeader } from './header-row';
export { bestField, headerSignature, isHeaderTextOf, proposeMapping } from './header-match';
export { foldText } from './text';
