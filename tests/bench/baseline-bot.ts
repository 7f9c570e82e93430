// The baseline for `npm run bench:e2e`: the smallest discord.js bot with the same intents and
// partials as ours, default caches and no engine, answering every /ask and every mention with a
// fixed text. Not shipped; the benchmark compiles it to plain JavaScript and spawns it with node.
import { Client, Events, GatewayIntentBits, Partials } from 'discord.js';

const token = process.env.DISCORD_TOKEN;
const api = process.env.DISCORD_API_URL;
if (!token || !api) {
  process.stderr.write('baseline bot: DISCORD_TOKEN and DISCORD_API_URL are required\n');
  process.exit(1);
}

const client = new Client({
  intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
  partials: [Partials.Channel],
  rest: { api },
});

const report = (error: unknown): void => {
  process.stderr.write(`baseline bot: ${error instanceof Error ? error.message : String(error)}\n`);
};

client.on(Events.InteractionCreate, (interaction) => {
  if (!interaction.isChatInputCommand() || interaction.commandName !== 'ask') return;
  interaction.reply({ content: 'fixed answer' }).catch(report);
});

client.on(Events.MessageCreate, (message) => {
  if (message.author.bot || !client.user || !message.mentions.users.has(client.user.id)) return;
  message.reply('fixed answer').catch(report);
});

const stop = (): void => {
  client.destroy().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);

await client.login(token);
