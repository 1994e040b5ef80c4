// Builds the store upload: a zip of the manifest, icons and sources (nothing else: no tests, no node_modules), after
// checking that every file the manifest names is present.
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateRawSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
const INCLUDED = ['manifest.json', 'icons', 'src'];

function files(path) {
  return statSync(path).isDirectory() ? readdirSync(path).sort().flatMap((name) => files(join(path, name))) : [path];
}

function manifestFiles() {
  const named = [
    ...Object.values(manifest.icons), ...Object.values(manifest.action.default_icon), manifest.action.default_popup,
    manifest.options_ui.page, manifest.background.service_worker,
    ...manifest.content_scripts.flatMap((script) => [...script.js, ...(script.css ?? [])]),
  ];
  const missing = named.filter((file) => !existsSync(join(root, file)));
  if (missing.length) throw new Error(`The manifest names files that do not exist: ${missing.join(', ')}`);
}

/** A zip archive (deflate, no extras) of [name, bytes] entries. */
function zip(entries) {
  const local = [];
  const central = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const nameBytes = Buffer.from(name);
    const compressed = deflateRawSync(data, { level: 9 });
    const checksum = crc32(data);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0800, 6); // names are UTF-8
    header.writeUInt16LE(8, 8); // deflate
    header.writeUInt32LE(0x00210000, 10); // 1980-01-01 00:00, so the same sources give the same zip
    header.writeUInt32LE(checksum, 14);
    header.writeUInt32LE(compressed.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(nameBytes.length, 26);
    local.push(header, nameBytes, compressed);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    header.copy(entry, 8, 6, 26);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, nameBytes);
    offset += header.length + nameBytes.length + compressed.length;
  }
  const centralSize = central.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, ...central, end]);
}

manifestFiles();
const entries = INCLUDED.flatMap((path) => files(join(root, path))).map((file) => [relative(root, file).split('\\').join('/'), readFileSync(file)]);
const output = join(root, 'dist', `etiquette-extension-${manifest.version}.zip`);
mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, zip(entries));
console.log(`${relative(root, output)}: ${entries.length} files`);
