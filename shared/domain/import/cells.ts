/** Reading the register's cells into a stay's values (issue 10). */
export { excelSerialToDate, readBirth, readDate, type BirthRead } from './dates';
export { readCitizenId } from './ids';
export { compulsoryKind, readDischargeReason, readKind, readSex, type KindFacts } from './kinds';
export { readName } from './names';
export { readTerm, termProblem } from './terms';
export { cellText, foldText, isBlankCell, type Read, type ReadWarning } from './text';
