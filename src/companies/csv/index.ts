export { CompanyCsvFormatError, readCompanyCsv, roleFromText, type CompanyCsvRecord, type CompanyCsvRow } from "./companyCsvReader";
export { COMPANY_CSV_COLUMNS, neutraliseFormula, writeCompanyCsv, type CompanyExportRow } from "./companyCsvWriter";
export { mergeCompanyRow, mergeRowsByDomain } from "./companyRowMerge";
export { MarketDataCsvFormatError, parseMetricValue, readMarketDataCsv, type MarketDataCsvPoint, type MarketDataCsvRecord } from "./marketDataCsvReader";
