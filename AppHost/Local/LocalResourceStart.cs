using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace QommerceHub.AppHost.Local;

internal static class LocalResourceStart
{
    /// <summary>
    /// Runs <paramref name="prepare"/> before each start of the resource (checks, data folder set-up). A
    /// <see cref="LocalResourceException"/> goes to the console and the resource's log in the dashboard, and the
    /// resource then fails to start instead of hanging its dependents.
    /// </summary>
    public static IResourceBuilder<T> BeforeEachStart<T>(this IResourceBuilder<T> resource, Func<ILogger, CancellationToken, Task> prepare)
        where T : IResource
    {
        resource.ApplicationBuilder.Eventing.Subscribe<BeforeResourceStartedEvent>(resource.Resource, async (e, ct) =>
        {
            var logger = e.Services.GetRequiredService<ResourceLoggerService>().GetLogger(resource.Resource);
            try
            {
                await prepare(logger, ct);
            }
            catch (LocalResourceException problem)
            {
                logger.LogError("{Problem}", problem.Message);
                await Console.Error.WriteLineAsync($"[{resource.Resource.Name}] cannot start: {problem.Message}");
                throw;
            }
        });
        return resource;
    }
}
