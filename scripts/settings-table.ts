// Prints the README's table of address parameters, from the settings schema.
import { settingsTable } from '../src/share/settingsTable';

console.log(settingsTable());
