export { formatCount, formatEditable, formatNumber, formatSetting, formatShortest, MINUS } from '../../model/numberFormat';
