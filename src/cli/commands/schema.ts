import type { CommandModule } from 'yargs';
import type { Cli } from '../io.js';

export function schemaCommand(cli: Cli, done: (code: number) => void): CommandModule<object, object> {
  const say = cli.words.schema;
  const kind = cli.words.args.kind;
  return {
    command: `schema [${kind}]`,
    describe: say.describe,
    builder: (y) => y.positional(kind, { type: 'string', choices: ['lesson', 'config'], default: 'lesson', describe: say.kind }),
    handler: async (args) => {
      const [{ nodeFiles }, { shippedSchema }] = await Promise.all([import('../../node/node-files.js'), import('../../yaml/shipped-schema.js')]);
      const which = (args as Record<string, unknown>)[kind] === 'config' ? 'config' : 'lesson';
      cli.out(JSON.stringify(shippedSchema(which, nodeFiles), null, 2));
      done(0);
    },
  };
}
