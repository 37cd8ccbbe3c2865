"""The case's own page, and the person's contact and account choices."""

from django.contrib.auth import login
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from takedown.person import accounts
from takedown.person.forms import AccountForm, ContactForm
from takedown.person.lockout import recent_wrong_pins
from takedown.person.signins import recent_sign_ins
from takedown.person.views.common import case_view, is_the_person, person_view


@case_view
def case_home(request, case):
    return render(
        request,
        "person/case.html",
        {
            "case": case,
            "photo_count": case.reported_images.count(),
            "target_count": case.targets.count(),
            "matched_count": case.targets.filter(candidates__matches__isnull=False)
            .distinct()
            .count(),
            "sign_ins": recent_sign_ins(case=case, request=request),
            "is_person": is_the_person(request, case),
            "wrong_pins": recent_wrong_pins(case.reference),
        },
    )


@person_view
def contact(request, case):
    initial = {"contact_opt_in": case.contact_opt_in, "email": case.email}
    form = ContactForm(request.POST if request.method == "POST" else None, initial=initial)
    if request.method == "POST" and form.is_valid():
        accounts.contact_update(
            case=case,
            contact_opt_in=form.cleaned_data["contact_opt_in"],
            email=form.cleaned_data["email"],
        )
        return redirect(reverse("person:case", args=[case.reference]))
    status = 400 if form.is_bound else 200
    return render(request, "person/contact.html", {"case": case, "form": form}, status=status)


@person_view
def account(request, case):
    if case.owner_id is not None:
        return render(request, "person/account_exists.html", {"case": case})
    form = AccountForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            user = accounts.account_create(
                case=case,
                email=form.cleaned_data["email"],
                password=form.cleaned_data["password"],
                contact_opt_in=form.cleaned_data["contact_opt_in"],
            )
        except accounts.AccountExists:
            form.add_error(
                "email",
                _(
                    "There is already an account with this e-mail address. Sign in to it, "
                    "or use another address."
                ),
            )
        else:
            login(request, user, backend="django.contrib.auth.backends.ModelBackend")
            return redirect(reverse("person:case", args=[case.reference]))
    status = 400 if form.is_bound else 200
    return render(request, "person/account.html", {"case": case, "form": form}, status=status)
