export { isIsoCalendarDate, yearOf } from './isoDate.js';
