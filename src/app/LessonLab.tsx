import { lessonByNumber } from '../lessons';
import { useLab } from '../store/LabStoreContext';
import { LessonRail } from '../views/lessons/LessonRail';
import { ScenePanels } from '../views/panels/ScenePanels';
import { LabColumns } from './LabColumns';
import './compactPanels.css';
import './lessonStage.css';

/**
 * The lab with a lesson open: the rail and, beside it (under it on a phone), the lesson's scene, sized to fit
 * the screen so Set it up shows its effect where the text is; the rest of the lab below, without the scene's
 * panels (each panel is on the page once). The scene's controls stay in the Training panel (one Play per page);
 * the card's Try this button does the lesson's action.
 */
export function LessonLab() {
  const lesson = lessonByNumber(useLab((s) => s.lesson));
  const scene = lesson?.scene;
  return (
    <>
      <div className="lesson-stage">
        <LessonRail />
        {scene !== undefined && <ScenePanels panels={scene.panels} className="lesson-scene" />}
      </div>
      <LabColumns omit={scene?.panels} />
    </>
  );
}
