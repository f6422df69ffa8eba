export { CompanyCsvFormatError, readCompanyCsv, roleFromText, type CompanyCsvRecord, type CompanyCsvRow } from "./companyCsvReader";
export { COMPANY_CSV_COLUMNS, writeCompanyCsv, type CompanyExportRow } from "./companyCsvWriter";
export { guardSpreadsheetFormula, unguardSpreadsheetFormula } from "../../shared/spreadsheetFormulaGuard";
export { mergeCompanyRow, mergeRowsByDomain } from "./companyRowMerge";
export { MarketDataCsvFormatError, parseMetricValue, readMarketDataCsv, type MarketDataCsvPoint, type MarketDataCsvRecord } from "./marketDataCsvReader";
