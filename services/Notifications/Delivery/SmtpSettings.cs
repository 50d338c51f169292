namespace QommerceHub.Notifications.Delivery;

public sealed class SmtpSettings
{
    public string Host { get; set; } = "127.0.0.1";
    public int Port { get; set; } = 1025;
    /// <summary>MailKit's SecureSocketOptions: None, Auto, SslOnConnect, StartTls, StartTlsWhenAvailable.</summary>
    public string Security { get; set; } = "None";
    public string? Username { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "QommerceHub <no-reply@qommercehub.local>";
}
