// Copies the language server's jars into server/ for `npm run package`, and makes sure dist/ exists.
// From TEKIGO_SERVER_JARS if set, else from the Tekigo build in this checkout.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const extensionDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const source = path.resolve(
  process.env.TEKIGO_SERVER_JARS || path.join(extensionDir, '../../releng/org.tekigo.repository/target/repository/plugins'),
);
const target = path.join(extensionDir, 'server');

const jars = fs.existsSync(source) ? fs.readdirSync(source).filter((name) => name.endsWith('.jar')) : [];
if (jars.length === 0) {
  console.error(`copy-server: no language server jars in ${source}.`);
  console.error('copy-server: build Tekigo first with `bin/tekigo --version` from the root of the checkout,');
  console.error('copy-server: or point TEKIGO_SERVER_JARS at a folder of the server jars.');
  process.exit(1);
}

fs.rmSync(target, { recursive: true, force: true });
fs.mkdirSync(target);
for (const jar of jars) {
  fs.copyFileSync(path.join(source, jar), path.join(target, jar));
}
fs.mkdirSync(path.join(extensionDir, 'dist'), { recursive: true });
console.log(`copy-server: ${jars.length} jars from ${source} into server/`);
