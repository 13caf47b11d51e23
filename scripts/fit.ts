// `npm run fit -- --data points.csv [options]`: fits softmax regression headlessly and prints one JSON object.
// All the logic lives in src/cli; this file only connects it to the file system and the process.
import { runFitCommand } from '../src/cli/fitCommand';
import { readDataFile } from '../src/cli/readDataFile';

const outcome = runFitCommand(process.argv.slice(2), (path) => readDataFile(path));
process.stdout.write(outcome.stdout);
process.stderr.write(outcome.stderr);
process.exitCode = outcome.exitCode;
