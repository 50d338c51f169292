namespace QommerceHub.LegacyLauncher.Hosting;

/// <summary>A problem no retry can fix (a missing binary or build output): the resource fails at once instead of restarting.</summary>
public sealed class ResourceConfigurationException : Exception
{
    public ResourceConfigurationException()
    {
    }

    public ResourceConfigurationException(string message)
        : base(message)
    {
    }

    public ResourceConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
