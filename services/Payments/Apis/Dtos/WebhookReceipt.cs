namespace QommerceHub.Payments.Apis.Dtos;

public sealed record WebhookReceipt(bool Received, string Result);
