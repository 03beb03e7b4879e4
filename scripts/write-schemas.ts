// Regenerates schema/*.schema.json from the TypeBox definitions (npm run schemas).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../src/node/paths.js';
import { jsonSchemaFromDefinition } from '../src/yaml/json-schemas.js';
import { SCHEMA_NAMES } from '../src/yaml/shipped-schema.js';

for (const name of SCHEMA_NAMES) {
  const file = join(PACKAGE_ROOT, 'schema', `${name}.schema.json`);
  writeFileSync(file, JSON.stringify(jsonSchemaFromDefinition(name), null, 2) + '\n');
  console.log(`wrote ${file}`);
}
