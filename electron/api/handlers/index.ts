// Every method's implementation, in a file per domain named as its contract in shared/api/, checked
// complete against the contract.
import type { Handlers } from '../context';
import { actionsHandlers } from './actions';
import { appHandlers } from './app';
import { attendanceHandlers } from './attendance';
import { auditHandlers } from './audit';
import { backupsHandlers } from './backups';
import { committeesHandlers } from './committees';
import { decisionRegisterHandlers } from './decisionRegister';
import { decisionsHandlers } from './decisions';
import { declarationsHandlers } from './declarations';
import { exportsHandlers } from './exports';
import { houseStyleHandlers } from './houseStyle';
import { importsHandlers } from './imports';
import { itemsHandlers } from './items';
import { meetingsHandlers } from './meetings';
import { minutesHandlers } from './minutes';
import { peopleHandlers } from './people';
import { reportsHandlers } from './reports';
import { searchHandlers } from './search';
import { updatesHandlers } from './updates';
import { calendarHandlers } from './calendar';
import { publicationHandlers } from './publication';
import { keyDecisionsHandlers } from './keyDecisions';
import { decisionNoticesHandlers } from './decisionNotices';
import { officerDecisionsHandlers } from './officerDecisions';
import { dueHandlers } from './due';
import { statutoryExportsHandlers } from './statutoryExports';

export const handlers: Handlers = {
  ...actionsHandlers,
  ...appHandlers,
  ...attendanceHandlers,
  ...auditHandlers,
  ...backupsHandlers,
  ...committeesHandlers,
  ...decisionRegisterHandlers,
  ...decisionsHandlers,
  ...declarationsHandlers,
  ...exportsHandlers,
  ...houseStyleHandlers,
  ...importsHandlers,
  ...itemsHandlers,
  ...meetingsHandlers,
  ...minutesHandlers,
  ...peopleHandlers,
  ...reportsHandlers,
  ...searchHandlers,
  ...updatesHandlers,
  ...calendarHandlers,
  ...publicationHandlers,
  ...keyDecisionsHandlers,
  ...decisionNoticesHandlers,
  ...officerDecisionsHandlers,
  ...dueHandlers,
  ...statutoryExportsHandlers,
};
