import type { CommandModule } from 'yargs';
import { nodeFiles } from '../../node/node-files.js';
import { shippedSchema } from '../../yaml/shipped-schema.js';
import type { CliIO } from '../io.js';

interface SchemaArgs {
  kind?: string;
}

export function schemaCommand(io: CliIO, done: (code: number) => void): CommandModule<object, SchemaArgs> {
  return {
    command: 'schema [kind]',
    describe: 'Print the JSON Schema of lesson files, or of the config file (for editors such as VS Code)',
    builder: (y) => y.positional('kind', { type: 'string', choices: ['lesson', 'config'], default: 'lesson', describe: 'Which file format' }),
    handler: (args) => {
      io.out(JSON.stringify(shippedSchema(args.kind === 'config' ? 'config' : 'lesson', nodeFiles), null, 2));
      done(0);
    },
  };
}
