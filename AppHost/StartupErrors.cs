using QommerceHub.AppHost.Local;

namespace QommerceHub.AppHost;

internal static class StartupErrors
{
    /// <summary>Runs until Ctrl+C or SIGTERM; a problem found before start is its message and exit code 1, not a stack trace.</summary>
    public static async Task<int> RunReportingStartupErrorsAsync(this DistributedApplication app)
    {
        try
        {
            await app.RunAsync();
            return 0;
        }
        catch (Exception e) when (Find<PortsInUseException>(e) is { } ports)
        {
            await Console.Error.WriteLineAsync(ports.Message);
            return 1;
        }
    }

    private static T? Find<T>(Exception? e)
        where T : Exception
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is T found)
            {
                return found;
            }

            if (e is AggregateException aggregate && aggregate.InnerExceptions.Select(Find<T>).FirstOrDefault(x => x is not null) is { } inner)
            {
                return inner;
            }
        }

        return null;
    }
}
