import { lazy, Suspense } from 'react';
import { useLab } from '../store/LabStoreContext';
import { LabColumns } from './LabColumns';

// The lesson texts and KaTeX load with the first lesson opened, not with the page.
const LessonLab = lazy(() => import('./LessonLab').then((module) => ({ default: module.LessonLab })));

/** The lab: every panel in columns; with a lesson open, its card and scene first, the rest of the lab below. */
export function LabLayout() {
  const lesson = useLab((s) => s.lesson);
  if (lesson === 0) return <LabColumns />;
  return (
    <Suspense
      fallback={
        <>
          <p className="loading-note">Loading the lessons…</p>
          <LabColumns />
        </>
      }
    >
      <LessonLab />
    </Suspense>
  );
}
