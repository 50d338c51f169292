using QommerceHub.Notifications.Model;

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
    /// <summary>How many mails are delivered at once, each over its own SMTP connection.</summary>
    public int Connections { get; set; } = 4;
    /// <summary>Wait before the first retry; each further retry waits twice as long, up to <see cref="RetryMaxSeconds"/>.</summary>
    public double RetryBaseSeconds { get; set; } = RetrySchedule.Default.BaseDelay.TotalSeconds;
    public double RetryMaxSeconds { get; set; } = RetrySchedule.Default.MaxDelay.TotalSeconds;
    public int MaxAttempts { get; set; } = RetrySchedule.Default.MaxAttempts;

    public RetrySchedule ToRetrySchedule() =>
        new(TimeSpan.FromSeconds(RetryBaseSeconds), TimeSpan.FromSeconds(RetryMaxSeconds), MaxAttempts);
}
