// What the first analysis in a process would otherwise build while a user waits on it: the language model and the
// name tables' index. A language server that answers from its cache builds neither at start; it calls this when a
// report is opened, before the first edit.
import { foldNode } from './entities/tables';
import { getNlp } from './text/tokenizer';

export function warmUp(): void {
  getNlp();
  foldNode('');
}
