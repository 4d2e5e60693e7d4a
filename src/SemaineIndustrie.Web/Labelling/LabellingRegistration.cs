using SemaineIndustrie.Web.Organiser;

namespace SemaineIndustrie.Web.Labelling;

public static class LabellingRegistration
{
    /// <summary>The organisers' event form and the committees' labelling.</summary>
    public static IServiceCollection AddLabelling(this IServiceCollection services)
    {
        services.AddScoped<LabellingService>();
        services.AddScoped<LabellingMails>();
        services.AddScoped<EventEditor>();
        services.AddHttpClient<AddressGeocoder>();
        services.AddScoped<ReviewMailJob>();
        services.AddHostedService<ReviewMailService>();
        services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(o =>
        {
            // Values the browser could not turn into a date, a time or a number, in French next to the field.
            var m = o.ModelBindingMessageProvider;
            m.SetAttemptedValueIsInvalidAccessor((value, _) => $"« {value} » n’est pas une valeur valide.");
            m.SetValueIsInvalidAccessor(value => $"« {value} » n’est pas une valeur valide.");
            m.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"« {value} » n’est pas une valeur valide.");
            m.SetValueMustBeANumberAccessor(_ => "Saisissez un nombre.");
            m.SetNonPropertyValueMustBeANumberAccessor(() => "Saisissez un nombre.");
            m.SetValueMustNotBeNullAccessor(_ => "Ce champ est obligatoire.");
            m.SetMissingBindRequiredValueAccessor(_ => "Ce champ est obligatoire.");
        });
        return services;
    }
}
