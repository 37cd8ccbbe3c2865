from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PersonConfig(AppConfig):
    name = "takedown.person"
    label = "person"
    verbose_name = _("The person's web flow")
