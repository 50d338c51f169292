namespace QommerceHub.Analytics.Apis.Dtos;

public sealed record StatusCount(string Status, int Count);
