import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { PACKAGE_ROOT } from '../../src/node/paths.js';
import { runCli } from '../helpers/cli.js';
import { jsonSchemaFromDefinition } from '../../src/yaml/json-schemas.js';
import { SCHEMA_NAMES } from '../../src/yaml/shipped-schema.js';
import { validatorCode, VALIDATORS_FILE } from '../../src/node/validator-code.js';
import { BUILTIN_LESSONS_DIR } from '../helpers/kit.js';

describe('schema/: the shipped JSON Schemas', () => {
  for (const name of SCHEMA_NAMES) {
    it(`schema/${name}.schema.json matches its TypeBox definition (else run "npm run schemas")`, () => {
      const shipped = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'schema', `${name}.schema.json`), 'utf8')) as object;
      expect(shipped).to.deep.equal(jsonSchemaFromDefinition(name));
    });
  }

  it('src/yaml/schema-validators.ts is the standalone code of the shipped schemas (else run "npm run schemas")', () => {
    expect(readFileSync(VALIDATORS_FILE, 'utf8') === validatorCode(), 'src/yaml/schema-validators.ts is out of date').to.equal(true);
  });

  it('"gesprekskit schema" prints the lesson schema', async () => {
    const run = await runCli(['schema'], PACKAGE_ROOT);
    expect(run.code).to.equal(0);
    expect(JSON.parse(run.out)).to.deep.equal(jsonSchemaFromDefinition('lesson'));
  });
});

describe('lesson: the JSON Schema is valid and fits the shipped lessons', () => {
  // strict: Ajv refuses unknown keywords and other mistakes a lenient validator lets pass.
  const ajv = () => new Ajv({ strict: true, allErrors: true });

  for (const kind of ['lesson', 'config'] as const) {
    it(`"gesprekskit schema ${kind}" prints a valid draft-07 JSON Schema`, async () => {
      const run = await runCli(['schema', kind], PACKAGE_ROOT);
      expect(run.code).to.equal(0);
      const schema = JSON.parse(run.out) as { $schema: string };
      expect(schema.$schema).to.equal('http://json-schema.org/draft-07/schema#');
      const a = ajv();
      expect(a.validateSchema(schema), a.errorsText()).to.equal(true);
      expect(() => ajv().compile(schema)).not.to.throw();
    });
  }

  it('schema/config.schema.json is what "gesprekskit schema config" prints', async () => {
    const run = await runCli(['schema', 'config'], PACKAGE_ROOT);
    const shipped = readFileSync(join(PACKAGE_ROOT, 'schema', 'config.schema.json'), 'utf8');
    expect(JSON.parse(shipped)).to.deep.equal(JSON.parse(run.out));
  });

  it('every shipped lesson, the init example and the lesson fixtures validate against the shipped schema', () => {
    const validate = ajv().compile(JSON.parse(readFileSync(join(PACKAGE_ROOT, 'schema', 'lesson.schema.json'), 'utf8')) as object);
    const files = [
      ...readdirSync(BUILTIN_LESSONS_DIR).filter((f) => f.endsWith('.yaml')).map((f) => join(BUILTIN_LESSONS_DIR, f)),
      join(PACKAGE_ROOT, 'scaffold', 'lessons', 'voorbeeld.yaml'),
      join(PACKAGE_ROOT, 'test', 'fixtures', 'lessons', 'minimal.yaml'),
    ];
    expect(files.length).to.be.greaterThan(3);
    for (const f of files) expect(validate(parse(readFileSync(f, 'utf8'))), `${f}: ${ajv().errorsText(validate.errors)}`).to.equal(true);
  });

  it('rejects a lesson with a misspelt key, as the editor would show', () => {
    const validate = ajv().compile(JSON.parse(readFileSync(join(PACKAGE_ROOT, 'schema', 'lesson.schema.json'), 'utf8')) as object);
    const lesson = parse(readFileSync(join(PACKAGE_ROOT, 'test', 'fixtures', 'lessons', 'minimal.yaml'), 'utf8')) as Record<string, unknown>;
    expect(validate({ ...lesson, titel: 'x' })).to.equal(false);
    expect(validate.errors?.[0]?.keyword).to.equal('additionalProperties');
  });
});
