def test_the_photo_pages_javascript_speaks_spanish(client, db):
    text = client.get("/jsi18n/", headers={"accept-language": "es"}).text
    assert "Huella lista." in text
    assert "Hacer la huella en nuestro servidor" in text
