// jsforce against the emulator, unmodified: node jsforce-smoke.js http://127.0.0.1:PORT
// Start the emulator first: java -jar salescloud-testkit/target/salescloud-emulator.jar --port 0
const jsforce = require('jsforce');
(async () => {
  const base = process.argv[2];
  const conn = new jsforce.Connection({ loginUrl: base, version: '62.0',
    oauth2: { loginUrl: base, clientId: 'emulator-client-id', clientSecret: 'emulator-client-secret' } });
  await conn.login('admin@example.com', 'emulator-password');
  console.log('login ok', conn.instanceUrl, conn.userInfo && conn.userInfo.id);
  const r = await conn.sobject('Lead').create({ LastName: 'Ng', Company: 'Acme' });
  console.log('create', JSON.stringify(r));
  const rec = await conn.sobject('Lead').retrieve(r.id);
  console.log('retrieve', rec.Name, rec.Status);
  const q = await conn.query("SELECT Id, Name FROM Lead WHERE Company = 'Acme'");
  console.log('query', q.totalSize, q.done);
  await conn.sobject('Lead').update({ Id: r.id, Title: 'CTO' });
  const d = await conn.describe('Lead');
  console.log('describe fields', d.fields.length);
  const many = await conn.sobject('Contact').create([{ LastName: 'A' }, { LastName: 'B' }, { FirstName: 'no last' }], { allOrNone: false });
  console.log('collections', JSON.stringify(many.map(x => x.success)));
  const s = await conn.search("FIND {Acme} IN ALL FIELDS RETURNING Lead(Id, Name)");
  console.log('search', s.searchRecords.length);
  const limits = await conn.limits();
  console.log('limits', limits.DailyApiRequests.Max, limits.DailyApiRequests.Remaining);
  const rows = [];
  for (let i = 0; i < 50; i++) rows.push({ LastName: 'Bulk ' + i, Company: i % 10 === 0 ? '' : 'Bulk Co, "quoted"' });
  const res = await conn.bulk2.loadAndWaitForResults({ object: 'Lead', operation: 'insert', input: rows, pollInterval: 100, pollTimeout: 20000 });
  console.log('bulk2 ok', res.successfulResults.length, 'failed', res.failedResults.length);
  const recs = await conn.bulk2.query("SELECT Id, LastName FROM Lead", { pollInterval: 100, pollTimeout: 20000 });
  let n = 0; for await (const rr of recs) n++;
  console.log('bulk2 query rows', n);
  await conn.sobject('Lead').destroy(r.id);
  console.log('deleted');
  await conn.logout();
  console.log('logout ok');
})().catch(e => { console.error('FAILED', e.name, e.message, e.errorCode || ''); process.exit(1); });
