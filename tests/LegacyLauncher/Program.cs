using System.Runtime.InteropServices;
using QommerceHub.LegacyLauncher;

var options = AppHostOptions.FromCommandLine(args);
options.EchoLogs = true;
await using var app = QommerceHubApp.Build(options);

using var shutdown = new CancellationTokenSource();
void RequestShutdown(PosixSignalContext context)
{
    context.Cancel = true;
    shutdown.Cancel();
}

using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, RequestShutdown);
using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, RequestShutdown);
return await AppHostRunner.RunAsync(app, options, shutdown.Token);
