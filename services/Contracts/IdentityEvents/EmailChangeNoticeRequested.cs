namespace QommerceHub.Contracts;

/// <summary>
/// A user's sign-in address changed: the old address is told, with a link that puts it back and ends every session,
/// so a stolen session cannot quietly take the account over.
/// </summary>
public sealed record EmailChangeNoticeRequested : IntegrationEvent
{
    public required string OldEmail { get; init; }
    public required string NewEmail { get; init; }
    public required string StoreName { get; init; }
    public required string RevertUrl { get; init; }
}
