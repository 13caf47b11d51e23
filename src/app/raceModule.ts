// The race, loaded on the first visit to it: its views and store stay out of the start bundle.
export { RaceView } from '../views/race/RaceView';
export { createRaceStore } from '../store/race/createRaceStore';
export { labSnapshot } from '../store/race/raceRunState';
export { writeRace } from '../share/raceAddress';
