using QommerceHub.Identity.Model;

namespace QommerceHub.Identity.Services;

/// <summary>A store just opened and its owner, who has yet to verify the address.</summary>
public sealed record OpenedStore(Store Store, User Owner);
