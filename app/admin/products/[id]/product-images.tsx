import Image from "next/image";
import { ActionButton } from "@/components/account/action-button";
import { ImageUploadForm } from "@/components/admin/image-upload-form";
import { InlineForm } from "@/components/admin/inline-form";
import { TextField } from "@/components/ui/form-controls";
import { type AdminProductImage, imageChoices, type ProductOptionInput } from "@/lib/admin";
import { mediaUrl } from "@/lib/storage";
import { updateImageAltAction, updateProductImageAction, uploadProductImageAction } from "../image-actions";

export function ProductImages({
  productId,
  images,
  options,
}: {
  productId: number;
  images: AdminProductImage[];
  options: ProductOptionInput[];
}) {
  return (
    <section aria-labelledby="images-heading" className="mt-10 rounded-md border border-gray-200 p-4">
      <h2 id="images-heading" className="text-lg font-semibold text-gray-950">
        Images
      </h2>
      {images.length === 0 ? (
        <p className="mt-2 text-sm text-gray-700">
          No images yet. The first image is the one shoppers see in listings.
        </p>
      ) : (
        <ol className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {images.map((image, index) => (
            <li key={image.id} className="rounded-md border border-gray-200 p-2">
              <Image
                src={mediaUrl(image.path)}
                alt={image.alt}
                width={image.width}
                height={image.height}
                className="aspect-square w-full object-contain"
                sizes="240px"
              />
              <p className="mt-1 text-xs text-gray-700">
                {image.shownFor.length ? `Shown first for ${image.shownFor.join(", ")}` : "For all variants"}
              </p>
              <InlineForm
                action={updateImageAltAction}
                idScope={`image-${image.id}`}
                submitLabel={
                  <>
                    Save<span className="sr-only"> alt text of image {index + 1}</span>
                  </>
                }
              >
                <input type="hidden" name="imageId" value={image.id} />
                <TextField
                  name="alt"
                  label={`Image ${index + 1} alt text`}
                  defaultValue={image.alt}
                  required
                  maxLength={300}
                />
              </InlineForm>
              <div className="mt-2 flex flex-wrap gap-2">
                {index > 0 && (
                  <ActionButton
                    action={updateProductImageAction}
                    fields={{ imageId: image.id, op: "up" }}
                    label={
                      <>
                        Move earlier<span className="sr-only"> image {index + 1}</span>
                      </>
                    }
                  />
                )}
                {index < images.length - 1 && (
                  <ActionButton
                    action={updateProductImageAction}
                    fields={{ imageId: image.id, op: "down" }}
                    label={
                      <>
                        Move later<span className="sr-only"> image {index + 1}</span>
                      </>
                    }
                  />
                )}
                <ActionButton
                  action={updateProductImageAction}
                  fields={{ imageId: image.id, op: "delete" }}
                  label={
                    <>
                      Remove<span className="sr-only"> image {index + 1}</span>
                    </>
                  }
                  variant="danger"
                />
              </div>
            </li>
          ))}
        </ol>
      )}
      <ImageUploadForm action={uploadProductImageAction} productId={productId} choices={imageChoices(options)} />
    </section>
  );
}
