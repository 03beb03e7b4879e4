// Regenerates schema/*.schema.json from the TypeBox definitions, and the validators compiled
// from them, src/yaml/schema-validators.ts (npm run schemas).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../src/node/paths.js';
import { jsonSchemaFromDefinition } from '../src/yaml/json-schemas.js';
import { SCHEMA_NAMES } from '../src/yaml/shipped-schema.js';
import { validatorCode, VALIDATORS_FILE } from '../src/node/validator-code.js';

for (const name of SCHEMA_NAMES) {
  const file = join(PACKAGE_ROOT, 'schema', `${name}.schema.json`);
  writeFileSync(file, JSON.stringify(jsonSchemaFromDefinition(name), null, 2) + '\n');
  console.log(`wrote ${file}`);
}
writeFileSync(VALIDATORS_FILE, validatorCode());
console.log(`wrote ${VALIDATORS_FILE}`);
