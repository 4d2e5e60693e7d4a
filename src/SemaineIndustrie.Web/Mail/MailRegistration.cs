namespace SemaineIndustrie.Web.Mail;

public static class MailRegistration
{
    /// <summary>SMTP when <c>Mail:Smtp:Host</c> is set; otherwise .eml files in <c>Mail:PickupFolder</c>.</summary>
    public static IServiceCollection AddMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MailOptions>(configuration.GetSection("Mail"));
        if (!string.IsNullOrWhiteSpace(configuration["Mail:Smtp:Host"]))
            services.AddSingleton<IMailSender, SmtpMailSender>();
        else
            services.AddSingleton<IMailSender, PickupFolderMailSender>();
        services.AddSingleton<MailOutbox>();
        services.AddHostedService(sp => sp.GetRequiredService<MailOutbox>());
        return services;
    }
}
