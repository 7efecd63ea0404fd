/** The words, names and small text helpers generated posts are made of. */
export const tagVocabulary = [
  'go',
  'kubernetes',
  'containers',
  'Distributed Systems',
  'linux',
  'aws',
  'books',
  'papers',
  'career',
  'networking',
  'databases',
  'rust',
  'typescript',
  'testing',
  'operations',
  'performance',
  'security',
  'observability',
  'system design',
  'productivity',
  'writing',
  'habits',
  'scheduling',
  'open source',
  'python',
  'postgres',
  'storage',
  'leadership',
  'cloud',
  'devops',
  'machine learning',
  'ai',
  'neovim',
  'tools',
  'decisions',
  'feedback',
  'javascript',
  'react',
  'compilers',
  'algorithms',
  'Über',
  'Café',
  'Résumé',
  'Naïve Bayes',
  'São Paulo',
  'Zürich',
  'meta',
  'hiring',
  'incidents',
  'Site Reliability',
  'caching',
  'queues',
  'consensus',
  'terraform',
  'docker',
  'git',
  'mentoring',
  'reading notes',
  'travel',
  'conferences',
] as const;

export const functionWords = [
  'the',
  'the',
  'the',
  'a',
  'a',
  'of',
  'of',
  'to',
  'to',
  'and',
  'and',
  'in',
  'in',
  'is',
  'is',
  'that',
  'it',
  'for',
  'on',
  'with',
  'as',
  'we',
  'this',
  'but',
  'not',
  'be',
  'are',
  'was',
  'when',
  'how',
  'what',
  'you',
  'they',
  'at',
  'by',
  'from',
  'or',
  'an',
  'its',
  'our',
  'more',
  'than',
  'so',
  'if',
  'then',
  'only',
  'every',
  'each',
  'some',
  'most',
  'which',
  'because',
  'after',
  'before',
  'until',
];

export const nouns = (
  'system service cluster request response latency throughput queue worker node pod container image ' +
  'deploy rollout rollback config secret token cache index table query schema migration replica leader ' +
  'follower quorum partition shard log metric trace alert dashboard runbook incident pager outage ' +
  'budget error retry timeout backoff jitter lock lease heartbeat snapshot checkpoint stream batch job ' +
  'scheduler resource limit memory thread process kernel socket packet route bridge interface address ' +
  'namespace volume disk file buffer page allocator pointer slice map channel goroutine closure module ' +
  'package library dependency version release branch commit review test fixture mock benchmark profile ' +
  'compiler parser grammar tree visitor plugin pipeline build artifact bundle chunk loader ' +
  'browser render paint layout script style component state hook effect router link header footer ' +
  'team manager engineer customer owner mentor reader writer author editor draft note habit week morning ' +
  'evening coffee notebook book chapter paper idea question answer problem solution tradeoff decision ' +
  'risk cost value goal plan estimate deadline meeting document proposal design pattern principle'
).split(' ');
export const adjectives = (
  'quiet careful simple small large slow fast stable fragile honest clear messy strange obvious subtle ' +
  'useful painful boring elegant stubborn patient curious tired happy nervous distributed eventual ' +
  'consistent durable idempotent atomic concurrent parallel lazy eager hidden visible remote local'
).split(' ');
export const verbs = (
  'write read ship measure debug restart rebuild refactor delete rename split merge fetch parse ' +
  'serialize encode compress retry drain evict schedule allocate observe explain notice forget learn ' +
  'teach remember wonder argue agree change move keep break fix run stop start wait watch try'
).split(' ');
export const adverbs = (
  'always rarely often usually never probably exactly roughly mostly quickly slowly finally ' +
  'yesterday today tomorrow again still already almost enough nearly suddenly honestly'
).split(' ');
export const contentWords = [...nouns, ...nouns, ...adjectives, ...verbs, ...adverbs];

export const tools = [
  'Kubernetes',
  'Go',
  'Rust',
  'Postgres',
  'Redis',
  'Kafka',
  'Linux',
  'Docker',
  'Terraform',
  'Envoy',
  'Nginx',
  'SQLite',
  'TypeScript',
  'React',
  'Vim',
  'Git',
  'eBPF',
  'gRPC',
  'systemd',
  'ZooKeeper',
  'etcd',
  'Prometheus',
  'Grafana',
  'Raft',
  'Paxos',
  'WebAssembly',
  'Bash',
  'YAML',
  'JSON',
  'HTTP/2',
];

export const guestAuthors = ['Ana Müller', 'Kenji Watanabe', 'Priya Raman', 'Tomás Ortega', 'Grace Okafor', 'Liam Byrne'];

export const offsets = ['-08:00', '-07:00', '-07:00', '-05:00', '-04:00', 'Z', '+00:00', '+01:00', '+02:00', '+05:30', '+09:00'];

export const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
export const plural = (s: string) =>
  /(?:s|x|sh|ch)$/.test(s) ? `${s}es` : /[^aeiou]y$/.test(s) ? `${s.slice(0, -1)}ies` : `${s}s`;
export const article = (s: string) => (/^[aeiou]/i.test(s) ? `an ${s}` : `a ${s}`);

export const asciiSlug = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

export function yamlScalar(value: string): string {
  return /^[\p{L}\p{N}][\p{L}\p{N} ._+-]*$/u.test(value) &&
    !/^(?:true|false|null|yes|no|on|off|~)$/i.test(value) &&
    !/^\d/.test(value)
    ? value
    : JSON.stringify(value);
}
