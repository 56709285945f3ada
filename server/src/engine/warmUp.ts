// What the first analysis in a process would otherwise build while a user waits on it: the language model, the name
// tables' index, and the compiled code of every stage. A language server that answers from its cache builds none of
// them at start; it calls this when a report is opened, before the first edit.
import { analyzeText } from './analyze';
import { placesSteps } from './entities/gazetteer';
import { foldIndexSteps } from './entities/tables';
import { runSteps } from './steps';
import { getNlp, loadModel } from './text/tokenizer';

/** A short report touching every stage (figures, hedges, dates, places, a quotation, attributions): its result is dropped. */
const SAMPLE = `---
published: 2024-03-04
outlet: Example Wire
---
On Sunday, at least 12 people were killed and about 40 injured in floods near Springfield, officials said.
"We expect the toll to rise," the mayor, Jane Roe, told reporters, according to a statement.
Police put the crowd at 5,000 while organizers said 20,000 people marched last week.
`;

let warmed = false;

/** Once per process (the sample's analysis loads the model and builds the tables); later calls return at once. */
export function warmUp(): void {
  runSteps(warmUpSteps());
}

/**
 * warmUp in steps, so a server can answer a hover between them: the language model's data, its pipeline, the gazetteer
 * and the name tables' index (a few thousand names a step), then each run of the sample. Started once per process; a
 * second call returns at once, even before the first has run to its end.
 */
export function* warmUpSteps(): Generator<void, void> {
  if (warmed) return;
  warmed = true;
  loadModel();
  yield;
  getNlp();
  yield;
  yield* placesSteps();
  yield* foldIndexSteps();
  for (let i = 0; i < 3; i++) {
    analyzeText('warm-up.txt', SAMPLE);
    yield;
  }
}
