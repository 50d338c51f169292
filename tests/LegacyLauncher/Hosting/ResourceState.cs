namespace QommerceHub.LegacyLauncher.Hosting;

public enum ResourceState
{
    NotStarted,
    Starting,
    Running,
    Unhealthy,
    Exited,
    Restarting,
    Stopped,
    Failed,
}

public enum HealthStatus
{
    Unknown,
    Healthy,
    Unhealthy,
}
