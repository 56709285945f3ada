// Which folders Crosscheck checks, and the sample reports. The rule (see the Marketplace README): Crosscheck starts by
// itself in a workspace whose folder holds a `.crosscheck` folder (where annotations are kept); elsewhere it starts
// when the user asks (a Crosscheck command, its view, or the Get Started walkthrough), and "Check Reports in This
// Folder" creates `.crosscheck` so it starts by itself there next time.
import * as vscode from 'vscode';

export async function enableFolder(): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    void vscode.window.showInformationMessage('Crosscheck: open a folder of reports first.');
    await vscode.commands.executeCommand('workbench.action.files.openFolder');
    return undefined;
  }
  const dir = vscode.Uri.joinPath(folder.uri, '.crosscheck');
  await vscode.workspace.fs.createDirectory(dir);
  await vscode.commands.executeCommand('crosscheck.checkWorkspace');
  return dir;
}

/** Copies the packaged sample reports into a folder of the user's (so annotations can be written) and opens it. */
export async function openSamples(context: vscode.ExtensionContext): Promise<vscode.Uri> {
  const from = vscode.Uri.joinPath(context.extensionUri, 'seeds');
  const to = vscode.Uri.joinPath(context.globalStorageUri, 'sample-reports');
  await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(to, '.crosscheck'));
  for (const [name, type] of await vscode.workspace.fs.readDirectory(from)) {
    if (type !== vscode.FileType.File) continue;
    const target = vscode.Uri.joinPath(to, name);
    // A copy the user already annotated or edited is kept as it is.
    const exists = await vscode.workspace.fs.stat(target).then(() => true, () => false);
    if (!exists) await vscode.workspace.fs.copy(vscode.Uri.joinPath(from, name), target);
  }
  await vscode.commands.executeCommand('vscode.openFolder', to, { forceNewWindow: false });
  return to;
}
