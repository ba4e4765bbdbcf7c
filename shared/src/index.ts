export { isIsoCalendarDate, yearOf } from './isoDate.js';
export { csvCell, csvNumber, toCsv, type CsvCell, type CsvOptions } from './csv.js';
export { mulberry32 } from './random.js';
export { per10k, perInhabitant, relativeChange, share } from './ratios.js';
export type { PageOperation, PageOperationResult, PageRequest, RenderedPage, RenderPage } from './pageRender.js';
export { AUDIT_ACTIONS, type AuditAction } from './auditActions.js';
export { INDICATOR_CODES, INDICATOR_TEXTS, type IndicatorCode, type IndicatorLanguage, type IndicatorTexts } from './indicators.js';
