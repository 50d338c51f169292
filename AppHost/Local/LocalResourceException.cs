namespace QommerceHub.AppHost.Local;

/// <summary>A local resource cannot start for a reason the developer can fix; the message names the resource and the fix.</summary>
public sealed class LocalResourceException(string message) : Exception(message);
