// The extension's keybindings must not take a key VS Code binds by default, nor one that types a character.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');

const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8'));
const bindings = pkg.contributes.keybindings;

// A sample of VS Code's default keybindings (Preferences: Open Default Keyboard Shortcuts, 1.118, Linux/Windows and
// macOS): the editor and navigation keys an extension for reading reports is most tempted by.
const VSCODE_DEFAULTS = [
  'f8', 'shift+f8', 'alt+f8', 'shift+alt+f8', 'f12', 'shift+f12', 'alt+f12', 'ctrl+f12', 'shift+alt+f12',
  'ctrl+k ctrl+i', 'ctrl+k ctrl+c', 'ctrl+k ctrl+u', 'ctrl+k ctrl+f', 'ctrl+k ctrl+d', 'ctrl+k ctrl+k', 'ctrl+k ctrl+x',
  'ctrl+k m', 'ctrl+k v', 'ctrl+k p', 'ctrl+k r', 'ctrl+k s', 'ctrl+k w', 'ctrl+k f', 'ctrl+k z', 'ctrl+k enter',
  'ctrl+.', 'ctrl+shift+.', 'ctrl+shift+o', 'ctrl+t', 'ctrl+g', 'ctrl+p', 'ctrl+shift+p', 'ctrl+shift+m',
  'shift+alt+a', 'ctrl+alt+up', 'ctrl+alt+down', 'shift+alt+down', 'shift+alt+up', 'alt+up', 'alt+down',
  'cmd+k cmd+i', 'cmd+k cmd+c', 'cmd+k m', 'cmd+k v', 'cmd+k p', 'cmd+k s', 'cmd+k w', 'cmd+.', 'cmd+shift+o', 'ctrl+g',
];

// Modifier order does not matter to VS Code: compare chords with their modifiers sorted.
function normalize(key) {
  return key
    .toLowerCase()
    .split(' ')
    .map(chord => {
      const parts = chord.split('+');
      const k = parts.pop();
      return [...parts.sort(), k].join('+');
    })
    .join(' ');
}

const DEFAULTS = new Set(VSCODE_DEFAULTS.map(normalize));
const keysOf = b => [b.key, b.mac, b.linux, b.win].filter(Boolean);

test('normalize ignores modifier order (the check cannot be dodged by writing alt+shift)', () => {
  assert.equal(normalize('alt+shift+F8'), normalize('shift+alt+f8'));
  assert.ok(DEFAULTS.has(normalize('alt+shift+f8')));
});

test('there are keybindings to check', () => {
  assert.ok(bindings.length >= 4);
});

test('no keybinding takes a key VS Code binds by default', () => {
  for (const b of bindings) {
    for (const key of keysOf(b)) assert.ok(!DEFAULTS.has(normalize(key)), `${b.command} binds ${key}, a VS Code default`);
  }
});

test('no single-chord keybinding uses Ctrl+Alt (AltGr types characters on many keyboards)', () => {
  for (const b of bindings) {
    for (const key of [b.key, b.linux, b.win].filter(Boolean)) {
      const first = normalize(key).split(' ')[0].split('+');
      assert.ok(!(first.includes('ctrl') && first.includes('alt')), `${b.command} binds ${key}`);
    }
  }
});

test('every keybinding is limited to report editors', () => {
  for (const b of bindings) assert.match(b.when, /editorLangId == plaintext/, b.command);
});
