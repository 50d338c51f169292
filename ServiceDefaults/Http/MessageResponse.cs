namespace QommerceHub.ServiceDefaults.Http;

/// <summary>The original API's answer when an action has nothing to return but a sentence: <c>{"message": "..."}</c>.</summary>
public sealed record MessageResponse(string Message);
