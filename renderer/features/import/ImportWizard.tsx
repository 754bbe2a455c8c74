import { Button, Group, Stepper } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnMapping } from '../../../shared/domain/import/types';
import { FileStep } from './FileStep';
import { useAnalyse, useImportRunning } from './hooks';
import { missingRequired } from './mapping';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { ResultCard } from './ResultCard';
import { RunStep } from './RunStep';
import { StepError } from './StepError';
import type { Analysis, RunResult, Upload } from './types';

/** The analysis of one sheet of one upload, so coming back to a step keeps the officer's corrections. */
interface Analysed {
  uploadId: string;
  sheet: string;
  analysis: Analysis;
}

interface WizardState {
  active: number;
  upload: Upload | null;
  sheet: string | null;
  analysed: Analysed | null;
  mapping: ColumnMapping;
  dataStart: number;
  result: RunResult | null;
}

const fresh: WizardState = { active: 0, upload: null, sheet: null, analysed: null, mapping: [], dataStart: 0, result: null };
/** Kept while the app is open, so opening a matched person's profile and coming back finds the wizard as it was. */
let remembered = fresh;

/**
 * The import wizard: file and sheet, column matching, preview, import. Every step's answers live here, so going
 * back a step loses nothing; only choosing another file or sheet starts the matching again.
 */
export function ImportWizard() {
  const { t } = useTranslation();
  const analyse = useAnalyse();
  const running = useImportRunning();
  const [state, setState] = useState<WizardState>(remembered);
  useEffect(() => {
    remembered = state;
  }, [state]);
  const { active, upload, sheet, analysed, mapping, dataStart, result } = state;
  const set = (change: Partial<WizardState>) => setState((s) => ({ ...s, ...change }));
  const setActive = (step: number) => set({ active: step });

  const opened = (next: Upload) => set({ upload: next, sheet: next.sheets.length === 1 ? next.sheets[0]!.name : null, analysed: null });
  const startOver = () => setState(fresh);
  const finished = (done: RunResult) => set({ result: done, active: 4 });

  const toMapping = () => {
    if (!upload || !sheet) return;
    if (analysed?.uploadId === upload.uploadId && analysed.sheet === sheet) return setActive(1);
    analyse.mutate(
      { uploadId: upload.uploadId, sheet },
      {
        onSuccess: (analysis) =>
          set({
            analysed: { uploadId: upload.uploadId, sheet, analysis },
            // One entry per column, whatever the back end proposed for the trailing ones.
            mapping: analysis.columns.map((c) => analysis.mapping[c.index] ?? null),
            dataStart: analysis.dataStart,
            active: 1,
          }),
      },
    );
  };

  const base = upload && analysed ? { uploadId: upload.uploadId, sheet: analysed.sheet, dataStart, mapping } : null;
  const canGoOn = [!!upload && !!sheet, missingRequired(mapping).length === 0, true, false][active];
  const next = () => (active === 0 ? toMapping() : setActive(active + 1));

  return (
    <>
      <Stepper active={active} onStepClick={setActive} allowNextStepsSelect={false} size="sm" mb="lg">
        <Stepper.Step label={t('import.steps.file')} description={t('import.steps.fileHint')} allowStepSelect={!running && !result}>
          <FileStep upload={upload} sheet={sheet} onOpened={opened} onSheet={(name) => set({ sheet: name })} />
          <StepError error={analyse.error} />
        </Stepper.Step>
        <Stepper.Step label={t('import.steps.mapping')} description={t('import.steps.mappingHint')} allowStepSelect={!running && !result}>
          {analysed && (
            <MappingStep analysis={analysed.analysis} mapping={mapping} onMapping={(m) => set({ mapping: m })} dataStart={dataStart} onDataStart={(d) => set({ dataStart: d })} />
          )}
        </Stepper.Step>
        <Stepper.Step label={t('import.steps.preview')} description={t('import.steps.previewHint')} allowStepSelect={!running && !result}>
          {base && analysed && <PreviewStep base={base} columns={analysed.analysis.columns} />}
        </Stepper.Step>
        <Stepper.Step label={t('import.steps.run')} description={t('import.steps.runHint')} allowStepSelect={false}>
          {base && upload && <RunStep base={base} fileName={upload.fileName} onDone={finished} />}
        </Stepper.Step>
        <Stepper.Completed>{result && <ResultCard result={result} onAnother={startOver} />}</Stepper.Completed>
      </Stepper>
      {!result && (
        <Group>
          {active > 0 && (
            <Button variant="default" onClick={() => setActive(active - 1)} disabled={running}>
              {t('import.back')}
            </Button>
          )}
          {active < 3 && (
            <Button onClick={next} disabled={!canGoOn} loading={analyse.isPending}>
              {t('import.next')}
            </Button>
          )}
        </Group>
      )}
    </>
  );
}
