namespace QommerceHub.LegacyLauncher.Hosting.Dashboard;

/// <summary>The dashboard page: one self-contained document that polls /api/resources every two seconds.</summary>
internal static class DashboardPage
{
    public const string Html = """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>QommerceHub AppHost</title>
        <style>
          :root { color-scheme: light dark; --ok: #1a7f37; --warn: #9a6700; --bad: #cf222e; --muted: #6e7781; }
          body { font: 14px/1.4 system-ui, sans-serif; margin: 1.5rem; }
          h1 { font-size: 1.3rem; margin: 0 0 .25rem; }
          #status { color: var(--muted); margin-bottom: 1rem; }
          table { border-collapse: collapse; width: 100%; }
          th, td { text-align: left; padding: .45rem .6rem; border-bottom: 1px solid #8884; vertical-align: top; }
          th { font-weight: 600; white-space: nowrap; }
          .state { font-weight: 600; }
          .Running { color: var(--ok); }
          .Starting, .Restarting, .Unhealthy, .NotStarted { color: var(--warn); }
          .Failed, .Exited, .Stopped { color: var(--bad); }
          .Healthy { color: var(--ok); } .Unknown { color: var(--muted); }
          details summary { cursor: pointer; color: var(--muted); }
          pre { max-height: 24rem; overflow: auto; background: #8881; padding: .5rem; margin: .4rem 0 0; font-size: 12px; white-space: pre-wrap; }
          button { font: inherit; padding: .2rem .7rem; cursor: pointer; }
        </style>
        </head>
        <body>
        <h1>QommerceHub AppHost</h1>
        <div id="status" role="status">Loading…</div>
        <table>
          <thead><tr><th>Name</th><th>Kind</th><th>State</th><th>Health</th><th>Endpoints</th><th>PID</th><th>Restarts</th><th>Started</th><th></th></tr></thead>
          <tbody id="resources"></tbody>
        </table>
        <script type="module">
        const body = document.getElementById('resources');
        const status = document.getElementById('status');
        const openLogs = new Set();

        const escape = text => String(text ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
        const link = url => url.startsWith('http') ? `<a href="${escape(url)}" target="_blank" rel="noopener">${escape(url)}</a>` : `<span>${escape(url)}</span>`;

        function row(r) {
          const endpoints = Object.entries(r.endpoints).map(([name, url]) => `<div>${escape(name)}: ${link(url)}</div>`).join('');
          const started = r.startedAt ? new Date(r.startedAt).toLocaleTimeString() : '';
          const exit = r.exitCode !== null ? ` (exit ${r.exitCode})` : '';
          return `<tr>
            <td><strong>${escape(r.name)}</strong></td>
            <td>${escape(r.kind)}</td>
            <td class="state ${escape(r.state)}">${escape(r.state)}${escape(exit)}</td>
            <td class="${escape(r.health)}">${escape(r.health)}</td>
            <td class="endpoints">${endpoints}</td>
            <td>${escape(r.pid ?? '')}</td>
            <td>${escape(r.restartCount)}</td>
            <td>${escape(started)}</td>
            <td><button type="button" data-restart="${escape(r.name)}">Restart</button></td>
          </tr>
          <tr><td colspan="9">
            <details data-logs="${escape(r.name)}" ${openLogs.has(r.name) ? 'open' : ''}>
              <summary>Last ${r.logs.length} log lines</summary>
              <pre>${escape(r.logs.join('\n'))}</pre>
            </details>
          </td></tr>`;
        }

        async function refresh() {
          try {
            const response = await fetch('/api/resources', { cache: 'no-store' });
            const resources = await response.json();
            body.innerHTML = resources.map(row).join('');
            body.querySelectorAll('details[open] pre').forEach(pre => pre.scrollTop = pre.scrollHeight);
            const running = resources.filter(r => r.state === 'Running').length;
            status.textContent = `${running} of ${resources.length} running · updated ${new Date().toLocaleTimeString()}`;
          } catch {
            status.textContent = 'AppHost is not answering.';
          }
        }

        body.addEventListener('toggle', e => {
          const name = e.target.dataset?.logs;
          if (name) { e.target.open ? openLogs.add(name) : openLogs.delete(name); }
        }, true);

        body.addEventListener('click', async e => {
          const name = e.target.dataset?.restart;
          if (!name) return;
          e.target.disabled = true;
          const response = await fetch(`/api/resources/${encodeURIComponent(name)}/restart`, { method: 'POST', headers: { 'X-Dashboard-Action': 'restart' } });
          status.textContent = response.ok ? `Restarting ${name}…` : `Could not restart ${name}.`;
          refresh();
        });

        refresh();
        setInterval(refresh, 2000);
        </script>
        </body>
        </html>
        """;
}
