// The API contract: every method declared once, with its input schema and its output type, in a file
// per domain beside this one (named as the handler files in electron/api/handlers are). The router in
// electron/api validates against these schemas; the renderer's client is typed by them.
import type { z } from 'zod';
import { appMethods } from './app';
import { backupsMethods } from './backups';
import { committeesMethods } from './committees';
import { peopleMethods } from './people';
import { meetingsMethods } from './meetings';
import { auditMethods } from './audit';
import { itemsMethods } from './items';
import { minutesMethods } from './minutes';
import { decisionsMethods } from './decisions';
import { actionsMethods } from './actions';
import { updatesMethods } from './updates';
import { attendanceMethods } from './attendance';
import { declarationsMethods } from './declarations';
import { houseStyleMethods } from './houseStyle';
import { reportsMethods } from './reports';
import { exportsMethods } from './exports';
import { importsMethods } from './imports';
import { calendarMethods } from './calendar';
import { publicationMethods } from './publication';
import { keyDecisionsMethods } from './keyDecisions';
import { decisionNoticesMethods } from './decisionNotices';
import { officerDecisionsMethods } from './officerDecisions';
import { dueMethods } from './due';
import { statutoryExportsMethods } from './statutoryExports';
import { searchMethods } from './search';
import { decisionRegisterMethods } from './decisionRegister';

export { exportKinds, editions, exportVersions } from './exports';
export { MAX_SEARCH_LIMIT, type SearchAnswer } from './search';
export { MAX_REGISTER_ROWS, registerFormats, type RegisterFormat } from './decisionRegister';
export type { MethodKind, MethodSpec } from './contract';

export const methods = {
  ...appMethods,
  ...backupsMethods,
  ...committeesMethods,
  ...peopleMethods,
  ...meetingsMethods,
  ...auditMethods,
  ...itemsMethods,
  ...minutesMethods,
  ...decisionsMethods,
  ...actionsMethods,
  ...updatesMethods,
  ...attendanceMethods,
  ...declarationsMethods,
  ...houseStyleMethods,
  ...reportsMethods,
  ...exportsMethods,
  ...importsMethods,
  ...calendarMethods,
  ...publicationMethods,
  ...keyDecisionsMethods,
  ...decisionNoticesMethods,
  ...officerDecisionsMethods,
  ...dueMethods,
  ...statutoryExportsMethods,
  ...searchMethods,
  ...decisionRegisterMethods,
} as const;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Methods[M]['input']>;
export type MethodOutput<M extends MethodName> = NonNullable<Methods[M]['output']>;
/** The methods that change the record, each run in one write transaction. */
export type MutationName = {
  [M in MethodName]: Methods[M]['kind'] extends 'mutation' ? M : never;
}[MethodName];

export const methodNames = Object.keys(methods) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(methods, name);
}

/** Whether a method answers while the data file is damaged (recovery mode). */
export const answersInRecovery = (name: MethodName): boolean =>
  (methods[name] as { inRecovery?: true }).inRecovery === true;

export type { MinutebookBridge } from './bridge';
