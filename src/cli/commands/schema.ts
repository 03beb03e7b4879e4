import type { CommandModule } from 'yargs';
import { nodeFiles } from '../../node/node-files.js';
import { shippedSchema } from '../../yaml/shipped-schema.js';
import type { Cli } from '../io.js';

export function schemaCommand(cli: Cli, done: (code: number) => void): CommandModule<object, object> {
  const say = cli.words.schema;
  const kind = cli.words.args.kind;
  return {
    command: `schema [${kind}]`,
    describe: say.describe,
    builder: (y) => y.positional(kind, { type: 'string', choices: ['lesson', 'config'], default: 'lesson', describe: say.kind }),
    handler: (args) => {
      const which = (args as Record<string, unknown>)[kind] === 'config' ? 'config' : 'lesson';
      cli.out(JSON.stringify(shippedSchema(which, nodeFiles), null, 2));
      done(0);
    },
  };
}
