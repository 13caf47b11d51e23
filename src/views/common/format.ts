export { formatCount, formatNumber, formatShortest, MINUS } from '../../model/numberFormat';
